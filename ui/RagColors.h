#pragma once

#include "RagPalette.h"
#include "ReadinessScore.h"

#include <QColor>

namespace readiness::ui {

/// The red/amber/green of the whole application: readable on light and
/// dark palettes alike.
namespace RagColors {
inline QColor red()
{
    return QColor(QRgb(RagPalette::kRed));
}
inline QColor amber()
{
    return QColor(QRgb(RagPalette::kAmber));
}
inline QColor green()
{
    return QColor(QRgb(RagPalette::kGreen));
}
inline QColor forRag(Rag rag, const QColor &none)
{
    switch (rag) {
    case Rag::Red:
        return red();
    case Rag::Amber:
        return amber();
    case Rag::Green:
        return green();
    case Rag::None:
        break;
    }
    return none;
}

/// A level of the answer scale, from red (lowest) through amber to green
/// (highest); opaque, so it also suits PDF/A.
inline QColor level(int index, int count)
{
    if (count <= 1)
        return green();
    const double t = double(index) / (count - 1);
    const QColor a = t < 0.5 ? red() : amber();
    const QColor b = t < 0.5 ? amber() : green();
    const double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * u),
                            float(a.greenF() + (b.greenF() - a.greenF()) * u),
                            float(a.blueF() + (b.blueF() - a.blueF()) * u));
}
} // namespace RagColors

} // namespace readiness::ui
