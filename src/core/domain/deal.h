#pragma once

#include "core/domain/date.h"
#include "core/domain/ids.h"
#include "core/domain/money.h"
#include "core/domain/timestamp.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace dealboard {

// A deal: one card on a pipeline board.
//
// position orders the cards within their stage column; positions leave gaps so that a
// card dropped between two others takes a number between theirs without renumbering the
// column. version changes on every write, so a stale copy is detected instead of
// silently overwriting a newer one.
struct Deal
{
    DealId id = 0;
    FolderId folderId = 0;
    std::string externalId; // id in the system the deal was imported from; may be empty
    std::string title;
    std::string company;
    std::string contact;
    std::string owner;
    std::optional<Money> value;
    std::optional<Date> expectedClose;
    StageId stageId = 0;
    std::int64_t position = 0;
    std::map<FieldId, nlohmann::json> fields; // custom field values, see FieldDefinition
    Timestamp createdAt{};
    Timestamp updatedAt{};
    Timestamp stageEnteredAt{};
    std::int64_t version = 0;
    // Win probability in percent set by hand on this deal; it survives stage moves. Empty:
    // the stage's default applies (see winProbability).
    std::optional<int> probability{};
    // Why the deal was lost, set when it enters a lost stage and cleared when it leaves one.
    std::string lostReason{};
};

// One recorded stage change. fromStageId is empty for the stage a deal was created in.
struct StageChange
{
    DealId dealId = 0;
    std::optional<StageId> fromStageId;
    StageId toStageId = 0;
    Timestamp at{};
};

} // namespace dealboard
