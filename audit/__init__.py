"""audit: source attribution and bias audit for news drafts."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("audit")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0"
