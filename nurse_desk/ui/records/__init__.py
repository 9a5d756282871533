"""Handing a record over, receiving one, and the records of pupils who left school."""
