"""Yearly figures and the whole-vault export in the windows."""
