"""The product: one Qt-free Library that the window and the command line both drive."""
