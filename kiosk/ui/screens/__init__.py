"""One module per screen; `ScreenId` names them all."""
