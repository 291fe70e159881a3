"""Excel workbooks out of the store (openpyxl): the meeting's decisions, the register, the queue."""
