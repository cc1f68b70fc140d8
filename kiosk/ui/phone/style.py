"""Style of the simulated phone; to be appended to `theme.style_sheet(look)`.

The phone looks like a phone (dark bezel, white screen) in the normal theme
and like the rest of the kiosk (black, white borders, yellow) in high contrast.
"""

from __future__ import annotations

from kiosk.ui.theme import MIN_TARGET_PX, Look

PHONE_SCALE_CAP = 1.3  # a real phone's proportions: at 160 % the phone would be unusable


def phone_style_sheet(look: Look) -> str:
    phone = Look(min(look.scale, PHONE_SCALE_CAP), look.high_contrast)
    return _phone(phone) + _panel(look)


def _phone(look: Look) -> str:
    p, px, hc = look.palette, look.px, look.high_contrast
    bezel = "#000000" if hc else "#2B2622"
    screen = p.surface
    ribbon_bg, ribbon_fg = (p.primary, p.on_primary) if hc else (p.danger, "#FFFFFF")
    soft = "#000000" if hc else "#EEF4F2"  # pale green tint of primary for banners
    bubble_in = "#000000" if hc else "#F1ECE4"
    pulse_a, pulse_b = p.focus, (p.primary if hc else "#F0B35A")
    target = max(MIN_TARGET_PX, px(72))
    return f"""
    *[role="phoneScreen"] QPushButton {{ min-height: {target}px; min-width: {MIN_TARGET_PX}px;
        font-size: {px(30)}px; }}
    *[role="phoneSurface"] QScrollBar:vertical {{ width: 24px; }}
    *[role="phoneBezel"] {{ background: {bezel}; border: 3px solid {p.border if hc else bezel};
        border-radius: 56px; }}
    *[role="phoneScreen"], *[role="phoneSurface"] {{ background: {screen}; }}
    *[role="phoneScreen"] {{ border-radius: 38px; }}
    *[role="phoneClear"] {{ background: transparent; }}
    *[role="phoneStatus"] {{ background: transparent; color: {p.text};
        font-size: {px(22)}px; font-weight: 600; }}
    *[role="phoneHome"] {{ background: {p.text}; border-radius: 3px; }}
    *[role="ribbon"] {{ background: {ribbon_bg}; color: {ribbon_fg};
        font-size: {px(20)}px; font-weight: 800; }}
    *[role="sampleBadge"] {{ background: {p.secondary}; color: {p.on_secondary};
        border: 2px dashed {p.border}; border-radius: 14px; padding: 2px 12px;
        font-size: {px(20)}px; font-weight: 600; }}
    *[role="phoneAppBar"] {{ background: {p.primary}; border-radius: 0px; }}
    *[role="phoneAppBarText"] {{ color: {p.on_primary}; font-size: {px(30)}px; font-weight: 700; }}
    QPushButton[role="phoneBack"] {{ background: {p.primary}; color: {p.on_primary};
        border: 2px solid {p.on_primary}; border-radius: 14px; min-width: {target}px;
        padding: 0px; font-size: {px(40)}px; }}
    *[role="phoneText"] {{ font-size: {px(28)}px; color: {p.text}; }}
    *[role="phoneHeading"] {{ font-size: {px(32)}px; font-weight: 700; color: {p.text}; }}
    *[role="phoneLabel"] {{ font-size: {px(24)}px; font-weight: 600; color: {p.muted}; }}
    QLineEdit[role="phoneField"] {{ font-size: {px(34)}px;
        min-height: {max(MIN_TARGET_PX, px(60))}px; }}
    *[role="phoneButtonText"] {{ font-size: {px(30)}px; font-weight: 700; }}
    *[role="phoneItemText"] {{ font-size: {px(28)}px; font-weight: 600; color: {p.text}; }}
    *[role="phoneItemDetail"] {{ font-size: {px(22)}px; color: {p.muted}; }}
    *[role="phoneSwitch"] {{ font-size: {px(24)}px; font-weight: 700; color: {p.primary}; }}
    QPushButton[role="phonePrimary"] {{ background: {p.primary}; border: 2px solid {p.primary}; }}
    QPushButton[role="phonePrimary"] QLabel {{ color: {p.on_primary}; }}
    QPushButton[role="phoneSecondary"] {{ background: {screen}; border: 3px solid {p.primary}; }}
    QPushButton[role="phoneSecondary"] QLabel, QPushButton[role="phoneLink"] QLabel {{
        color: {p.primary}; }}
    QPushButton[role="phoneLink"] {{ background: transparent; border: 0px; }}
    QPushButton[role="phoneKey"] {{ background: {p.secondary}; color: {p.on_secondary};
        font-size: {px(34)}px; font-weight: 600; min-width: {MIN_TARGET_PX}px;
        min-height: {MIN_TARGET_PX}px; padding: 0px; border-radius: 14px; }}
    *[role="phoneKeypad"] {{ background: {bubble_in}; border-radius: 18px; }}
    QPushButton[role="phoneListItem"] {{ background: {screen}; border: 0px;
        border-bottom: 2px solid {p.border}; border-radius: 0px; }}
    QPushButton[role="phoneTile"], QPushButton[role="phoneBanner"] {{ background: {soft};
        border: 3px solid {p.primary}; border-radius: 20px; }}
    QPushButton[role="phoneSms"] {{ background: {bubble_in}; border: 2px solid {p.border};
        border-radius: 22px; }}
    QPushButton[role="phoneToggle"], QPushButton[role="phoneCheckRow"],
    QPushButton[role="phoneToggle"]:checked, QPushButton[role="phoneCheckRow"]:checked {{
        background: {screen}; border: 2px solid {p.border}; border-radius: 16px; }}
    *[role="phoneCard"] {{ background: {screen}; border: 2px solid {p.border};
        border-radius: 18px; }}
    *[role="phoneDialog"] {{ background: {screen}; border: 3px solid {p.text};
        border-radius: 22px; }}
    *[role="phoneDocument"] {{ background: {screen}; border: 2px solid {p.border};
        border-radius: 6px; }}
    *[role="phoneDocTitle"] {{ font-size: {px(24)}px; font-weight: 700; color: {p.text}; }}
    *[role="phoneDocText"] {{ font-size: {px(22)}px; color: {p.text}; }}
    *[role="phoneBubbleIn"] {{ background: {bubble_in}; color: {p.text}; border-radius: 20px;
        padding: 12px 16px; font-size: {px(26)}px; border: 2px solid {p.border}; }}
    *[role="phoneBubbleOut"] {{ background: {p.primary}; color: {p.on_primary};
        border-radius: 20px; padding: 12px 16px; font-size: {px(26)}px; }}
    *[role="phoneCall"] {{ background: {bezel}; border-radius: 24px; }}
    *[role="phoneCallLabel"] {{ color: #FFFFFF; font-size: {px(24)}px; }}
    *[role="phoneCallText"] {{ color: #FFFFFF; font-size: {px(36)}px; font-weight: 700; }}
    QPushButton[role="phoneAccept"] {{ background: {"#000000" if hc else "#1E7B3A"};
        border: 3px solid {"#FFFFFF" if hc else "#1E7B3A"}; border-radius: 36px; }}
    QPushButton[role="phoneDecline"] {{ background: {"#000000" if hc else p.danger};
        border: 3px solid {"#FFFFFF" if hc else p.danger}; border-radius: 36px; }}
    QPushButton[role="phoneAccept"] QLabel, QPushButton[role="phoneDecline"] QLabel {{
        color: #FFFFFF; }}
    *[role="phoneQr"] {{ background: #FFFFFF; }}
    QPushButton[role="phoneViewfinder"] {{ background: #1F1A17; border: 4px solid {p.focus};
        border-radius: 22px; }}
    *[role="phoneViewfinderText"] {{ color: #FFFFFF; font-size: {px(28)}px; font-weight: 600; }}
    *[role][highlight="on"] {{ border: 6px solid {pulse_a}; }}
    *[role][highlight="alt"] {{ border: 6px solid {pulse_b}; }}
    """


def _panel(look: Look) -> str:
    """The instruction panel beside the phone: it takes the full text size."""
    p, px, hc = look.palette, look.px, look.high_contrast
    soft = "#000000" if hc else "#EEF4F2"
    return f"""
    *[role="panelBody"] {{ background: {p.surface}; }}
    *[role="hintNote"] {{ background: {soft}; border: 2px solid {p.primary}; border-radius: 18px; }}
    *[role="kindNote"] {{ background: {"#000000" if hc else "#FFF4E0"}; border: 3px solid {p.focus};
        border-radius: 18px; }}
    *[role="stepCounter"] {{ font-size: {px(28)}px; font-weight: 700; color: {p.muted}; }}
    *[role="instruction"] {{ font-size: {px(44)}px; font-weight: 700; color: {p.text}; }}
    *[role="panelButtonText"] {{ font-size: {px(30)}px; font-weight: 600;
        color: {p.on_secondary}; }}
    *[role="noteTitle"] {{ font-size: {px(24)}px; font-weight: 700; color: {p.muted}; }}
    *[role="sampleValue"] {{ font-size: {px(44)}px; font-weight: 700; color: {p.text}; }}
    """
