"""Old translations carried to new units: the merge, splits and joins paired, the translation memory."""
