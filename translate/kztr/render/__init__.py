"""Renderers: pure functions that turn kztr results into text (terminal, JSON, Markdown, HTML)."""
