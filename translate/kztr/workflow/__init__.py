"""One function per command: each takes settings, does the work, returns data.

Nothing here prints; progress goes through an optional callback. One module
per command family; this package re-exports each command's function.
"""

from kztr.workflow.common import Progress, project_language, silent
from kztr.workflow.documents import Orphan, RenameResult, rename_document
from kztr.workflow.edition import BUILD_FORMATS, BuildResult, BuiltDocument, build
from kztr.workflow.exchange import tm_export, tm_import, xliff_export, xliff_import
from kztr.workflow.extract import ExtractResult, extract
from kztr.workflow.extract_document import CatalogResult, DocumentResult
from kztr.workflow.language import InitResult, init_language
from kztr.workflow.qa import CheckedCatalog, CheckReport, check, collect_findings
from kztr.workflow.report import CatalogStatus, StatusReport, status

__all__ = [
    "BUILD_FORMATS", "BuildResult", "BuiltDocument", "CatalogResult", "CatalogStatus", "CheckReport", "CheckedCatalog",
    "DocumentResult", "ExtractResult", "InitResult", "Orphan", "Progress", "RenameResult", "StatusReport", "build",
    "check", "collect_findings", "extract", "init_language", "project_language", "rename_document", "silent", "status",
    "tm_export", "tm_import", "xliff_export", "xliff_import",
]
