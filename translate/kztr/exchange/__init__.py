"""Files for and from other tools: TMX, XLIFF, and the safe XML reader under them."""
