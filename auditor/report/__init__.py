"""Renderers: HTML, JSON, PDF and terminal text, all from one prepared ``ReportView``."""
