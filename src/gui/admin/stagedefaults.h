#pragma once

#include "core/domain/stage.h"

#include <QColor>
#include <QIcon>
#include <QList>

#include <string>
#include <vector>

namespace dealboard {

// The colours a new stage picks from and the colour dialog offers first: distinct on a
// light board, and readable as a column's stripe.
QList<QColor> stagePalette();

// A small square of the colour, for lists and buttons.
QIcon colorSwatch(const QString &color);

// The stage set a new folder starts with: New, Qualified, Proposal, then Won and Lost, with
// the probabilities a sales team would give them. Ids and folder are left to the caller.
std::vector<Stage> defaultStageSet();

// A stage named name that an admin adds at index of stages: its kind from its name, a
// colour no other stage of the set has yet, and a probability between its open neighbours'.
Stage newStageAt(const std::vector<Stage> &stages, const std::string &name, int index);

} // namespace dealboard
