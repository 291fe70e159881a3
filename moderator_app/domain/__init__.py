"""Pure rules of the committee's work: no Qt, no SQL."""
