// Caravane workbench: plan.
"use strict";
