"""Marks on evidence, in coordinates that do not depend on how the evidence is shown.

Positions on an image or a PDF page are fractions of its width and height (0..1, origin at the
top left, the image upright as decoded, the page unrotated), so a mark stays on the same
pixels at any zoom, on any screen, and when another member with another window size opens it.
A text mark is a span of characters of the text as shown; a media mark is a time in
milliseconds. ``docs/evidence.md`` documents the format.

``clean_geometry`` checks and normalises what a viewer or a script sends, so every stored
geometry has the same canonical shape (rounded to six decimals: well under a pixel of a
100-megapixel image).
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Any

from .errors import UserError

DECIMALS = 6
MAX_LABEL = 200
MAX_COMMENT = 5_000
MAX_SPAN = 50_000_000
MAX_QUOTE = 2_000
MAX_MS = 7 * 24 * 3600 * 1000  # a week of recording
MAX_PAGE = 100_000
MIN_SIZE = 1e-4  # a rectangle thinner than this is a click, not a mark


class MarkKind(StrEnum):
    RECT = "rect"  # image: a rectangle
    ARROW = "arrow"  # image: an arrow from (x1, y1) to (x2, y2)
    HIGHLIGHT = "highlight"  # image: a translucent highlighter rectangle
    PAGE_RECT = "page_rect"  # PDF: a rectangle on one page
    SPAN = "span"  # text or web page: characters start..end
    TIME = "time"  # video or audio: a moment (and optionally an end)


KINDS_FOR_FAMILY: dict[str, tuple[MarkKind, ...]] = {
    "image": (MarkKind.RECT, MarkKind.ARROW, MarkKind.HIGHLIGHT),
    "pdf": (MarkKind.PAGE_RECT,),
    "text": (MarkKind.SPAN,),
    "html": (MarkKind.SPAN,),
    "video": (MarkKind.TIME,),
    "audio": (MarkKind.TIME,),
}

LABELS: dict[MarkKind, tuple[str, str]] = {
    MarkKind.RECT: ("Khung", "Rectangle"),
    MarkKind.ARROW: ("Mũi tên", "Arrow"),
    MarkKind.HIGHLIGHT: ("Tô sáng", "Highlight"),
    MarkKind.PAGE_RECT: ("Khung trên trang", "Page region"),
    MarkKind.SPAN: ("Đoạn văn bản", "Text span"),
    MarkKind.TIME: ("Mốc thời gian", "Time mark"),
}


def kind_label(kind: str, lang: str = "en") -> str:
    try:
        vi, en = LABELS[MarkKind(kind)]
    except ValueError:
        return kind
    return en if lang == "en" else vi


def _fraction(geometry: dict[str, Any], key: str) -> float:
    value = geometry.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise UserError(f"the mark's {key!r} must be a number between 0 and 1",
                        vi=f"giá trị {key!r} của chú thích phải là một số từ 0 đến 1", code="annotation_not_a_number")
    if value < -1e-9 or value > 1 + 1e-9:
        raise UserError(f"the mark's {key!r} is {value}: positions are fractions of the width or height (0 to 1)",
                        vi=f"giá trị {key!r} của chú thích là {value}: vị trí được tính theo tỉ lệ của chiều rộng "
                           "hoặc chiều cao (từ 0 đến 1)",
                        code="annotation_position_out_of_range")
    return round(min(1.0, max(0.0, float(value))), DECIMALS)


def _integer(geometry: dict[str, Any], key: str, low: int, high: int) -> int:
    value = geometry.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserError(f"the mark's {key!r} must be a whole number",
                        vi=f"giá trị {key!r} của chú thích phải là một số nguyên", code="annotation_not_a_whole_number")
    if not low <= value <= high:
        raise UserError(f"the mark's {key!r} must be between {low} and {high}",
                        vi=f"giá trị {key!r} của chú thích phải từ {low} đến {high}",
                        code="annotation_value_out_of_range")
    return value


def _rect(geometry: dict[str, Any]) -> dict[str, float]:
    x, y, w, h = (_fraction(geometry, k) for k in ("x", "y", "w", "h"))
    if w < MIN_SIZE or h < MIN_SIZE:
        raise UserError("the rectangle is empty: drag to draw a region",
                        vi="khung đang trống: hãy kéo chuột để vẽ một vùng", code="annotation_rectangle_empty")
    w = round(min(w, 1.0 - x), DECIMALS)
    h = round(min(h, 1.0 - y), DECIMALS)
    if w < MIN_SIZE or h < MIN_SIZE:
        raise UserError("the rectangle lies outside the picture", vi="khung nằm ngoài hình ảnh",
                        code="annotation_rectangle_outside")
    return {"x": x, "y": y, "w": w, "h": h}


def clean_geometry(kind: str, geometry: Any) -> dict[str, Any]:
    """The canonical geometry of a mark of ``kind``; ``UserError`` if it makes no sense."""
    try:
        mark = MarkKind(kind)
    except ValueError:
        raise UserError(f"unknown kind of mark {kind!r}; expected one of: {', '.join(MarkKind)}",
                        vi=f"không có loại chú thích {kind!r}; hãy dùng một trong các loại: {', '.join(MarkKind)}",
                        code="annotation_kind_unknown") from None
    if not isinstance(geometry, dict):
        example = '{"x": 0.1, "y": 0.2, "w": 0.3, "h": 0.1}'
        raise UserError(f"a mark's position must be an object such as {example}",
                        vi=f"vị trí của chú thích phải là một đối tượng JSON, ví dụ {example}",
                        code="annotation_position_not_object")
    match mark:
        case MarkKind.RECT | MarkKind.HIGHLIGHT:
            return _rect(geometry)
        case MarkKind.PAGE_RECT:
            return {"page": _integer(geometry, "page", 0, MAX_PAGE), **_rect(geometry)}
        case MarkKind.ARROW:
            points = {k: _fraction(geometry, k) for k in ("x1", "y1", "x2", "y2")}
            if math.hypot(points["x2"] - points["x1"], points["y2"] - points["y1"]) < MIN_SIZE * 10:
                raise UserError("the arrow has no length: drag from its tail to its head",
                                vi="mũi tên không có độ dài: hãy kéo chuột từ đuôi đến đầu mũi tên",
                                code="annotation_arrow_empty")
            return points
        case MarkKind.SPAN:
            start = _integer(geometry, "start", 0, MAX_SPAN)
            end = _integer(geometry, "end", 0, MAX_SPAN)
            if end <= start:
                raise UserError("the text span is empty: select some text first",
                                vi="đoạn văn bản được chọn đang trống: hãy chọn một đoạn chữ trước",
                                code="annotation_span_empty")
            out: dict[str, Any] = {"start": start, "end": end}
            quote = geometry.get("quote")
            if quote is not None:
                if not isinstance(quote, str):
                    raise UserError("the quoted text must be text", vi="phần trích dẫn phải là một chuỗi chữ",
                                    code="annotation_quote_not_text")
                out["quote"] = quote[:MAX_QUOTE]
            return out
        case MarkKind.TIME:
            ms = _integer(geometry, "ms", 0, MAX_MS)
            result: dict[str, Any] = {"ms": ms}
            if geometry.get("end_ms") is not None:
                end_ms = _integer(geometry, "end_ms", 0, MAX_MS)
                if end_ms <= ms:
                    raise UserError("a time mark's end must come after its start",
                                    vi="điểm kết thúc của mốc thời gian phải đứng sau điểm bắt đầu",
                                    code="annotation_time_end_before_start")
                result["end_ms"] = end_ms
            return result
    raise AssertionError(mark)  # pragma: no cover - every kind is matched above


def clean_text(label: str | None, comment: str | None) -> tuple[str, str]:
    lab = " ".join((label or "").split())
    com = (comment or "").strip()
    if len(lab) > MAX_LABEL:
        raise UserError(f"a mark's label can have at most {MAX_LABEL} characters; put the rest in the comment",
                        vi=f"nhãn của chú thích chỉ được dài tối đa {MAX_LABEL} ký tự; hãy ghi phần còn lại vào "
                           "nhận xét",
                        code="annotation_label_too_long")
    if len(com) > MAX_COMMENT:
        raise UserError(f"a mark's comment can have at most {MAX_COMMENT} characters",
                        vi=f"nhận xét của chú thích chỉ được dài tối đa {MAX_COMMENT} ký tự",
                        code="annotation_comment_too_long")
    return lab, com


def check_kind_fits(kind: str, mime_family: str) -> None:
    allowed = KINDS_FOR_FAMILY.get(mime_family, ())
    if MarkKind(kind) not in allowed:
        if not allowed:
            raise UserError("this kind of file cannot be annotated", vi="không thể thêm chú thích vào loại tệp này",
                            code="annotation_file_type_unsupported")
        use_en = ", ".join(f"{kind_label(k, 'en')} ({k})" for k in allowed)
        use_vi = ", ".join(f"{kind_label(k, 'vi')} ({k})" for k in allowed)
        raise UserError(f"a {kind_label(kind, 'en')} ({kind}) mark does not fit this file; use {use_en}",
                        vi=f"chú thích loại {kind_label(kind, 'vi')} ({kind}) không hợp với tệp này; hãy dùng {use_vi}",
                        code="annotation_kind_does_not_fit")
