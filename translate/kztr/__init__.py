"""kztr: translate documents through gettext catalogs and build bilingual editions."""

__version__ = "0.1.0"
