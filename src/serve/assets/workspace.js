// Caravane workbench: workspace.
"use strict";
