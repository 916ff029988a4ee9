// Caravane workbench: tour.
"use strict";
