"""Spreadsheets in and out: the hotline sheets read for intake (xlsx, CSV) and the workbooks written
from the store (openpyxl): a meeting's decisions, the register, the queue, the quarterly report."""
