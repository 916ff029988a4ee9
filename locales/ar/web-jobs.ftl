# The workbench: web-jobs.
