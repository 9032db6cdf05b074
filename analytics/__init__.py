"""HR analytics (R-X): figures (pure), SVG charts (pure), exports, and the demo history generator."""
