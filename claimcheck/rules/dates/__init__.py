"""DT: dates and time — what the timeline proves and what the calendar forbids."""
