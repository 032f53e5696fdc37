"""Language data for the extractors: word lists kept apart from the logic that reads them."""
