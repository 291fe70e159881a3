"""The evidence viewer and the pieces the rest of the window reuses (thumbnail strip, attaching)."""

from .attach import Attacher, dropped_paths
from .strip import EvidenceListModel, EvidenceStrip
from .viewer import EvidenceViewer

__all__ = ["Attacher", "EvidenceListModel", "EvidenceStrip", "EvidenceViewer", "dropped_paths"]
