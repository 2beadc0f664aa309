#pragma once

#include <QLabel>

namespace readiness {
class AssessmentDocument;
}

namespace readiness::ui {

/// "Signed off by … on … — fingerprint …; read-only": shown above the
/// question while a sign-off is in force, hidden otherwise.
class SignOffBanner final : public QLabel
{
    Q_OBJECT

public:
    explicit SignOffBanner(AssessmentDocument &document, QWidget *parent = nullptr);
};

} // namespace readiness::ui
