#include "core/storage/demodata.h"

#include "core/domain/savedview.h"
#include "core/domain/text.h"
#include "core/storage/repository.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <span>
#include <string>
#include <vector>

namespace dealboard {

namespace {

struct DemoStage
{
    const char *name;
    const char *color;
    StageKind kind;
    int probability;
    int rottingDays; // 0: deals here never rot
};

// One invented deal. Times are relative to the moment of seeding, so the board always
// looks recent: created and entered its stage so many days ago, expected to close in so
// many days (negative: it closed in the past).
struct DemoDeal
{
    const char *title;
    const char *company;
    const char *contact;
    const char *owner;
    std::int64_t minor;
    const char *currency;
    const char *stage;
    int createdDaysAgo;
    int inStageDaysAgo;
    int closesInDays;
    const char *product; // custom fields of "Deals"; empty for none
    const char *source;
    const char *nextStep;
};

constexpr std::array<DemoStage, 5> salesStages{{
    {"New", "#1e88e5", StageKind::Open, 10, 14},
    {"Presentation", "#8e24aa", StageKind::Open, 30, 21},
    {"Negotiation", "#fb8c00", StageKind::Open, 60, 14},
    {"Won", "#43a047", StageKind::Won, 100, 0},
    {"Lost", "#e53935", StageKind::Lost, 0, 0},
}};

constexpr std::array<DemoStage, 5> consultingStages{{
    {"Qualification", "#546e7a", StageKind::Open, 10, 14},
    {"Contact", "#039be5", StageKind::Open, 20, 14},
    {"Demo", "#7e57c2", StageKind::Open, 40, 21},
    {"Proposal", "#f4511e", StageKind::Open, 70, 14},
    {"Close", "#2e7d32", StageKind::Won, 100, 0},
}};

// Both folders offer the same reasons; the lost demo deals of "Deals" give one each.
constexpr std::array<const char *, 4> lostReasonNames{"Price", "Competitor", "No budget",
                                                      "No decision"};

struct DemoLoss
{
    const char *title;
    const char *reason;
};

constexpr std::array<DemoLoss, 4> salesLosses{{
    {"Event sales pipeline", "Competitor"},
    {"Regional offices", "No budget"},
    {"Bakery chain trial", "Price"},
    {"Gallery CRM", "No decision"},
}};

const std::vector<std::string> products{"Starter plan", "Team plan", "Enterprise plan",
                                        "Onboarding package"};
const std::vector<std::string> sources{"Inbound", "Outbound", "Referral"};

// clang-format off
constexpr std::array<DemoDeal, 26> salesDeals{{
    {"Fleet tracking for 40 vans", "Nordlicht Logistik GmbH", "Jana Höfer", "Dana Whitfield", 1'850'000, "EUR", "New", 3, 3, 45, "Team plan", "Inbound", "Call to agree on a demo date"},
    {"Clinic scheduling pilot", "Bluefield Dental Group", "Dr. Aaron Pike", "Marco Bellini", 640'000, "USD", "New", 5, 5, 60, "Starter plan", "Inbound", "Send the pilot terms"},
    {"Kitchen inventory rollout", "Copperline Foods", "Rosa Delgado", "Priya Raman", 2'200'000, "USD", "New", 8, 8, 50, "Team plan", "Outbound", "Find the operations lead"},
    {"Booking desk renewal", "Orbis Travel", "Henrik Lund", "Tom Okafor", 975'000, "EUR", "New", 1, 1, 30, "Starter plan", "Referral", "Qualify budget"},
    {"Studio project tracking", "Maple & Stone Architects", "Claire Dubois", "Dana Whitfield", 480'000, "EUR", "New", 12, 12, 40, "Starter plan", "Inbound", ""},
    {"Brewery sales CRM", "Quarry Lane Brewing", "Owen Marsh", "Marco Bellini", 310'000, "GBP", "New", 6, 6, 35, "Starter plan", "Outbound", "Intro call on Thursday"},
    {"Claims team seats", "Tidewater Insurance", "Grace Holloway", "Priya Raman", 5'400'000, "USD", "Presentation", 24, 9, 38, "Enterprise plan", "Outbound", "Security questionnaire"},
    {"Field service app", "Helix Robotics", "Mei Tanaka", "Tom Okafor", 3'150'000, "USD", "Presentation", 19, 4, 25, "Team plan", "Inbound", "Demo for the service managers"},
    {"Franchise onboarding", "Saffron Table Restaurants", "Vikram Shah", "Dana Whitfield", 1'280'000, "EUR", "Presentation", 30, 15, 20, "Onboarding package", "Referral", "Send case study"},
    {"District licences", "Larkspur Schools", "Nora Brennan", "Marco Bellini", 2'640'000, "USD", "Presentation", 16, 2, 55, "Team plan", "Inbound", "Present to the board"},
    {"Tenant request portal", "Pinecrest Property", "Lukas Meier", "Priya Raman", 870'000, "EUR", "Presentation", 21, 11, 33, "Starter plan", "Outbound", ""},
    {"Plant maintenance CRM", "Ironbridge Manufacturing", "Paul Kowalski", "Tom Okafor", 4'300'000, "EUR", "Negotiation", 41, 6, 12, "Enterprise plan", "Outbound", "Legal review of the contract"},
    {"Installer pipeline", "Aurora Solar", "Ines Carvalho", "Dana Whitfield", 1'990'000, "EUR", "Negotiation", 35, 13, 9, "Team plan", "Inbound", "Discount approval"},
    {"Newsroom seats", "Brightwave Media", "Sophie Grant", "Marco Bellini", 1'560'000, "GBP", "Negotiation", 38, 3, 14, "Team plan", "Referral", "Final quote"},
    {"Agency workspace", "Fennel & Co", "Luca Romano", "Priya Raman", 720'000, "EUR", "Negotiation", 27, 20, 7, "Starter plan", "Inbound", "Chase the signature"},
    {"Case management", "Greystone Legal", "Miriam Adler", "Tom Okafor", 3'380'000, "USD", "Negotiation", 44, 8, 18, "Enterprise plan", "Outbound", "Procurement call"},
    {"Dealer network CRM", "Juniper Bikes", "Erik Sandberg", "Dana Whitfield", 2'450'000, "EUR", "Won", 52, 10, -10, "Team plan", "Inbound", "Kick-off meeting"},
    {"Care team rollout", "Vireo Health", "Hannah Cole", "Marco Bellini", 6'200'000, "USD", "Won", 60, 17, -17, "Enterprise plan", "Referral", "Hand over to onboarding"},
    {"Warehouse upgrade", "Nordlicht Logistik GmbH", "Felix Brandt", "Priya Raman", 1'100'000, "EUR", "Won", 47, 22, -22, "Onboarding package", "Outbound", ""},
    {"Analytics seats", "Kestrel Analytics", "Ravi Menon", "Tom Okafor", 890'000, "USD", "Won", 33, 5, -5, "Starter plan", "Inbound", "Send the invoice"},
    {"Booking engine add-on", "Orbis Travel", "Henrik Lund", "Dana Whitfield", 560'000, "EUR", "Won", 29, 12, -12, "Starter plan", "Referral", ""},
    {"Event sales pipeline", "Harbor & Finch", "Amelia Stone", "Marco Bellini", 1'340'000, "USD", "Lost", 40, 14, -14, "Team plan", "Outbound", ""},
    {"Regional offices", "Tidewater Insurance", "Carl Jensen", "Priya Raman", 2'900'000, "USD", "Lost", 55, 25, -25, "Enterprise plan", "Inbound", ""},
    {"Bakery chain trial", "Copperline Foods", "Rosa Delgado", "Tom Okafor", 250'000, "USD", "Lost", 26, 7, -7, "Starter plan", "Outbound", ""},
    {"Gallery CRM", "Maple & Stone Architects", "Claire Dubois", "Dana Whitfield", 380'000, "EUR", "Lost", 48, 30, -30, "Starter plan", "Referral", ""},
    {"Taproom expansion", "Quarry Lane Brewing", "Owen Marsh", "Marco Bellini", 420'000, "GBP", "Presentation", 14, 7, 28, "Onboarding package", "Referral", "Price for two sites"},
}};

constexpr std::array<DemoDeal, 12> consultingDeals{{
    {"Sales process audit", "Helix Robotics", "Mei Tanaka", "Elena Vogt", 1'200'000, "USD", "Qualification", 4, 4, 40, "", "", ""},
    {"CRM data clean-up", "Pinecrest Property", "Lukas Meier", "Sam Carter", 650'000, "EUR", "Qualification", 9, 9, 35, "", "", ""},
    {"Pipeline workshop", "Brightwave Media", "Sophie Grant", "Elena Vogt", 480'000, "GBP", "Contact", 13, 6, 30, "", "", ""},
    {"Forecasting training", "Ironbridge Manufacturing", "Paul Kowalski", "Sam Carter", 900'000, "EUR", "Contact", 18, 10, 26, "", "", ""},
    {"Partner programme design", "Aurora Solar", "Ines Carvalho", "Elena Vogt", 2'100'000, "EUR", "Demo", 22, 5, 21, "", "", ""},
    {"Territory planning", "Vireo Health", "Hannah Cole", "Sam Carter", 1'750'000, "USD", "Demo", 25, 12, 19, "", "", ""},
    {"Onboarding playbook", "Larkspur Schools", "Nora Brennan", "Elena Vogt", 560'000, "USD", "Demo", 11, 3, 24, "", "", ""},
    {"Pricing review", "Juniper Bikes", "Erik Sandberg", "Sam Carter", 1'300'000, "EUR", "Proposal", 31, 8, 10, "", "", ""},
    {"Key account coaching", "Greystone Legal", "Miriam Adler", "Elena Vogt", 980'000, "USD", "Proposal", 28, 16, 8, "", "", ""},
    {"Reporting set-up", "Kestrel Analytics", "Ravi Menon", "Sam Carter", 740'000, "USD", "Close", 36, 9, -9, "", "", ""},
    {"Quarterly business reviews", "Saffron Table Restaurants", "Vikram Shah", "Elena Vogt", 1'150'000, "EUR", "Close", 45, 19, -19, "", "", ""},
    {"Lead scoring model", "Bluefield Dental Group", "Dr. Aaron Pike", "Sam Carter", 830'000, "USD", "Close", 39, 2, -2, "", "", ""},
}};
// clang-format on

// The custom fields of "Deals" that the demo deals fill.
struct SalesFields
{
    FieldId product = 0;
    FieldId source = 0;
    FieldId nextStep = 0;
};

Result<std::vector<Stage>> addStages(Repository &repository, FolderId folderId,
                                     std::span<const DemoStage> demoStages)
{
    std::vector<Stage> stages;
    for (const DemoStage &demo : demoStages) {
        Stage stage;
        stage.name = demo.name;
        stage.color = demo.color;
        stage.kind = demo.kind;
        stage.probability = demo.probability;
        if (demo.rottingDays > 0)
            stage.rottingDays = demo.rottingDays;
        auto added = repository.addStage(folderId, stage);
        if (!added)
            return failure(added.error());
        stages.push_back(*added);
    }
    return stages;
}

Status addLostReasons(Repository &repository, FolderId folderId)
{
    for (const char *name : lostReasonNames) {
        if (auto added = repository.addLostReason(folderId, name); !added)
            return failure(added.error());
    }
    return {};
}

Result<FieldId> addField(Repository &repository, FolderId folderId, const char *name,
                         FieldType type, std::vector<std::string> options = {})
{
    FieldDefinition field;
    field.name = name;
    field.type = type;
    field.options = std::move(options);
    auto added = repository.addField(folderId, field);
    if (!added)
        return failure(added.error());
    return added->id;
}

Result<SalesFields> addSalesFields(Repository &repository, FolderId folderId)
{
    const auto product = addField(repository, folderId, "Product", FieldType::Choice, products);
    if (!product)
        return failure(product.error());
    const auto source = addField(repository, folderId, "Source", FieldType::Choice, sources);
    if (!source)
        return failure(source.error());
    const auto nextStep = addField(repository, folderId, "Next step", FieldType::Text);
    if (!nextStep)
        return failure(nextStep.error());
    return SalesFields{*product, *source, *nextStep};
}

// The views of a folder: everything, and optionally the open deals only (won and lost
// columns hidden).
Status addViews(Repository &repository, FolderId folderId, const std::vector<Stage> &stages,
                bool withOpenPipeline)
{
    SavedView all;
    all.folderId = folderId;
    all.name = "All deals";
    all.cardFields = {"company", "value", "owner"};
    if (auto created = repository.createView(all); !created)
        return failure(created.error());
    if (!withOpenPipeline)
        return {};

    SavedView open = all;
    open.name = "Open pipeline";
    for (const Stage &stage : stages) {
        if (!stage.isOpen())
            open.hiddenColumns.push_back(stageColumnKey(stage.id));
    }
    if (auto created = repository.createView(open); !created)
        return failure(created.error());
    return {};
}

StageId stageNamed(const std::vector<Stage> &stages, std::string_view name)
{
    for (const Stage &stage : stages) {
        if (nameKey(stage.name) == nameKey(name))
            return stage.id;
    }
    return 0;
}

Deal makeDeal(const DemoDeal &demo, FolderId folderId, StageId stageId, Timestamp now)
{
    using std::chrono::days;
    using std::chrono::hours;
    Deal deal;
    deal.folderId = folderId;
    deal.stageId = stageId;
    deal.title = demo.title;
    deal.company = demo.company;
    deal.contact = demo.contact;
    deal.owner = demo.owner;
    deal.value = Money{demo.minor, demo.currency};
    // A few hours off the full day, so the cards were not all made at the same minute.
    deal.createdAt = now - days(demo.createdDaysAgo) - hours(demo.createdDaysAgo % 7);
    deal.stageEnteredAt =
        std::max(deal.createdAt, now - days(demo.inStageDaysAgo) - hours(demo.inStageDaysAgo % 5));
    deal.updatedAt = deal.stageEnteredAt;
    const auto today = std::chrono::sys_days(Date::today().ymd());
    deal.expectedClose = Date(std::chrono::year_month_day(today + days(demo.closesInDays)));
    for (const DemoLoss &loss : salesLosses) {
        if (std::string_view(loss.title) == demo.title)
            deal.lostReason = loss.reason;
    }
    return deal;
}

void setCustomValues(Deal &deal, const DemoDeal &demo, const SalesFields &fields)
{
    const auto set = [&deal](FieldId id, std::string_view value) {
        if (!value.empty())
            deal.fields[id] = std::string(value);
    };
    set(fields.product, demo.product);
    set(fields.source, demo.source);
    set(fields.nextStep, demo.nextStep);
}

Status addDeals(Repository &repository, FolderId folderId, const std::vector<Stage> &stages,
                std::span<const DemoDeal> demoDeals, const std::optional<SalesFields> &fields)
{
    const Timestamp now = currentTimestamp();
    for (const DemoDeal &demo : demoDeals) {
        Deal deal = makeDeal(demo, folderId, stageNamed(stages, demo.stage), now);
        if (fields)
            setCustomValues(deal, demo, *fields);
        if (auto created = repository.createDeal(deal); !created)
            return failure(created.error());
    }
    return {};
}

Status seedSalesFolder(Repository &repository)
{
    const auto folder = repository.createFolder("Deals");
    if (!folder)
        return failure(folder.error());
    const auto stages = addStages(repository, folder->id, salesStages);
    if (!stages)
        return failure(stages.error());
    if (auto reasons = addLostReasons(repository, folder->id); !reasons)
        return reasons;
    const auto fields = addSalesFields(repository, folder->id);
    if (!fields)
        return failure(fields.error());
    if (auto views = addViews(repository, folder->id, *stages, true); !views)
        return views;
    return addDeals(repository, folder->id, *stages, salesDeals, *fields);
}

Status seedConsultingFolder(Repository &repository)
{
    const auto folder = repository.createFolder("Consulting deals");
    if (!folder)
        return failure(folder.error());
    const auto stages = addStages(repository, folder->id, consultingStages);
    if (!stages)
        return failure(stages.error());
    if (auto reasons = addLostReasons(repository, folder->id); !reasons)
        return reasons;
    if (auto views = addViews(repository, folder->id, *stages, false); !views)
        return views;
    return addDeals(repository, folder->id, *stages, consultingDeals, std::nullopt);
}

} // namespace

Status seedStarterSetup(Repository &repository)
{
    return repository.inTransaction([&]() -> Status {
        if (auto sales = seedSalesFolder(repository); !sales)
            return sales;
        return seedConsultingFolder(repository);
    });
}

} // namespace dealboard
