"""The small vocabulary of simulated-phone components a tutorial screen is built from.

Each has a `type` (the YAML discriminator) and an `id`: required where the component is
interactive, optional otherwise (give one to make it a tap target).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from kiosk.core.text import nfc

ID = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=80)]


class FrozenModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Text(FrozenModel):
    """A string in both kiosk languages; neither may be missing or empty."""

    vi: Annotated[str, Field(min_length=1)]
    en: Annotated[str, Field(min_length=1)]

    @field_validator("vi", "en")
    @classmethod
    def _nfc(cls, value: str) -> str:
        return nfc(value).strip()

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.vi


class AppBar(FrozenModel):
    type: Literal["app_bar"]
    id: ID | None = None
    title: Text
    back: bool = False  # draw a back arrow; give the bar an id to make it a tap target


class TextBlock(FrozenModel):
    type: Literal["text"]
    id: ID | None = None
    text: Text
    style: Literal["title", "body", "caption", "badge"] = "body"


class InputField(FrozenModel):
    type: Literal["field"]
    id: ID
    kind: Literal["text", "number", "password", "otp"] = "text"
    label: Text
    placeholder: Text | None = None
    length: Annotated[int, Field(ge=1, le=12)] | None = None  # otp boxes / max digits


class Keypad(FrozenModel):
    type: Literal["keypad"]
    id: ID | None = None
    kind: Literal["digits", "letters"] = "digits"


class Button(FrozenModel):
    type: Literal["button"]
    id: ID
    label: Text
    style: Literal["primary", "secondary", "link"] = "primary"


class ListItem(FrozenModel):
    id: ID
    label: Text
    detail: Text | None = None
    icon: str | None = None


class ListBlock(FrozenModel):
    type: Literal["list"]
    id: ID | None = None
    items: Annotated[list[ListItem], Field(min_length=1)]


class Card(FrozenModel):
    type: Literal["card"]
    id: ID | None = None
    title: Text
    text: Text | None = None
    icon: str | None = None


class Toggle(FrozenModel):
    type: Literal["toggle"]
    id: ID
    label: Text
    on: bool = False


class Checkbox(FrozenModel):
    type: Literal["checkbox"]
    id: ID
    label: Text
    checked: bool = False


class QrCode(FrozenModel):
    type: Literal["qr_code"]
    id: ID | None = None
    payload: str  # fictional; the UI draws it as a QR image
    caption: Text | None = None
    valid_seconds: int | None = None


class QrScanner(FrozenModel):
    type: Literal["qr_scanner"]
    id: ID
    caption: Text
    result: Text | None = None  # what the scanned code shows, e.g. a shop name


class Notification(FrozenModel):
    type: Literal["notification"]
    id: ID | None = None
    app: str
    title: Text
    text: Text


class Sms(FrozenModel):
    type: Literal["sms"]
    id: ID | None = None
    sender: str
    text: Text


class IncomingCall(FrozenModel):
    type: Literal["incoming_call"]
    id: ID | None = None
    caller: Text
    accept_id: ID = "accept"
    decline_id: ID = "decline"


class DialogButton(FrozenModel):
    id: ID
    label: Text
    style: Literal["primary", "secondary", "link"] = "primary"


class Dialog(FrozenModel):
    type: Literal["dialog"]
    id: ID | None = None
    title: Text
    text: Text
    buttons: Annotated[list[DialogButton], Field(min_length=1)]


class Document(FrozenModel):
    type: Literal["document"]
    id: ID | None = None
    title: Text
    lines: list[Text] = []


class Bubble(FrozenModel):
    sender: Literal["me", "other"]
    text: Text


class Chat(FrozenModel):
    type: Literal["chat"]
    id: ID | None = None
    bubbles: Annotated[list[Bubble], Field(min_length=1)]


Component = Annotated[
    AppBar
    | TextBlock
    | InputField
    | Keypad
    | Button
    | ListBlock
    | Card
    | Toggle
    | Checkbox
    | QrCode
    | QrScanner
    | Notification
    | Sms
    | IncomingCall
    | Dialog
    | Document
    | Chat,
    Field(discriminator="type"),
]


def touch_ids(component: BaseModel) -> list[str]:
    """Every id a touch on this component can report: its own, plus items/buttons inside."""
    ids = [component.id] if getattr(component, "id", None) else []
    if isinstance(component, ListBlock):
        ids += [item.id for item in component.items]
    elif isinstance(component, Dialog):
        ids += [button.id for button in component.buttons]
    elif isinstance(component, IncomingCall):
        ids += [component.accept_id, component.decline_id]
    return ids
