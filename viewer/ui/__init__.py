"""Qt widgets of Crosscheck: the comparison view and the window around it."""
