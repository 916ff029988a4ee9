# The workbench: web-plan.
