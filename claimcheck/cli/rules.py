"""``claimcheck rules``: the rule list, one rule's documentation, or docs/rules.md."""

from __future__ import annotations

import click


@click.command()
@click.argument("code", required=False)
@click.option("--markdown", is_flag=True,
              help="Print docs/rules.md (claimcheck rules --markdown > docs/rules.md).")
def rules(code: str | None, markdown: bool) -> None:
    """List the rules, or print the documentation of rule CODE (a code or a name)."""
    from claimcheck.report import (
        find_doc,
        registry_docs,
        render_rule_list,
        render_rule_text,
        render_rules_markdown,
    )

    docs = registry_docs()
    if code is not None:
        doc = find_doc(docs, code)
        if doc is None:
            raise click.BadParameter(
                f"no rule '{code}' (see 'claimcheck rules' for the list)", param_hint="CODE"
            )
        click.echo(render_rule_text(doc), nl=False)
    elif markdown:
        click.echo(render_rules_markdown(docs), nl=False)
    else:
        click.echo(render_rule_list(docs), nl=False)
