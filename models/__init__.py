"""Pure-Python core of Liquidity Cascade: data, cache and analytics (no Qt here)."""
