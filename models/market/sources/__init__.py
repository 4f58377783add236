"""Price sources: Yahoo (yfinance), exchanges (ccxt), CSV files and the demo generator."""
