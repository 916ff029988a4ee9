// Caravane workbench: jobs.
"use strict";
