"""Articles written here, for the robustness tests; the command run in-process from the repo."""

from __future__ import annotations

from tests.cli.conftest import run  # noqa: F401  (the shared fixture)

ENGLISH = (
    "The harbour of the town reopened on Tuesday after a storm had closed it for three "
    "days, the port authority said in a statement. Fishing boats left at dawn, and the "
    "ferry to the island resumed its normal timetable, the mayor told reporters.\n"
)
DUTCH = (
    "De haven van de stad is dinsdag weer opengegaan nadat een storm hem drie dagen "
    "gesloten had gehouden, zo meldde het havenbedrijf in een verklaring. Vissersboten "
    "vertrokken bij zonsopgang en de veerboot naar het eiland voer weer volgens de "
    "normale dienstregeling, zei de burgemeester tegen verslaggevers.\n"
)
