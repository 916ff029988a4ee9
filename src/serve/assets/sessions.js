// Caravane workbench: sessions.
"use strict";
