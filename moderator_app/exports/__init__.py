"""Spreadsheets in and out (Excel through openpyxl, and CSV): no rules, only cells."""
