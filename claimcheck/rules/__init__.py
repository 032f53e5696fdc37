"""The rules: small documented checks over a ClaimSet and its Timeline.

One module a rule, named after its code, grouped by family (``dates``,
``places``, ``people``, ``quotes``, ``numbers``). ``all_rules()`` lists them
sorted by code; ``get_rule`` finds one by code or name.
"""

from claimcheck.rules.base import Rule
from claimcheck.rules.registry import ENTRY_POINT_GROUP, all_rules, get_rule, select_rules

__all__ = ["ENTRY_POINT_GROUP", "Rule", "all_rules", "get_rule", "select_rules"]
