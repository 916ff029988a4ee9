# The workbench: web-make.
