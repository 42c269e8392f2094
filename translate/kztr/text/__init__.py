"""Source documents to blocks and units: reading sources, cutting sentences, Arabic as kztr compares it, numbers."""
