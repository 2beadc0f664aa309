#pragma once

#include <cstdint>

namespace readiness {

/// The application's red/amber/green as 0xRRGGBB values, kept in core so
/// that outputs without widgets (the Excel export) use the same colours as
/// the screens and the report (ui/RagColors.h builds its QColors from them).
namespace RagPalette {
inline constexpr std::uint32_t kRed = 0xC0392B;
inline constexpr std::uint32_t kAmber = 0xE67E22;
inline constexpr std::uint32_t kGreen = 0x27AE60;
} // namespace RagPalette

} // namespace readiness
