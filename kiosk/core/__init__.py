"""Pure helpers with no Qt and no database: text, validation, config, clock, errors."""
