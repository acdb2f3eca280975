#include "syntheticpipeline.h"

#include <array>
#include <fstream>
#include <random>
#include <stdexcept>

namespace dealboard::bench {

namespace {

constexpr std::array stages{"Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"};
constexpr std::array stageWeights{30, 20, 12, 8, 18, 12};
constexpr std::array firstNames{"Anna",   "Bruno",  "Chen", "Dana", "Emil",
                                "Fatima", "Gustav", "Hana", "Ivan", "Jonas"};
constexpr std::array lastNames{"Schmidt", "Okafor", "Lindqvist", "Moreau"};
constexpr std::array companyStems{"Acme",    "Globex", "Initech", "Umbrella", "Hooli", "Müller",
                                  "Ромашка", "Żabka",  "Soylent", "Stark",    "Wayne", "Tyrell"};
constexpr std::array companyForms{"GmbH", "Ltd", "Inc", "SA", "ООО", "AB"};
constexpr std::array products{"GTX Basic", "GTX Pro", "MG Special", "MG Advanced", "GTK 500"};
constexpr std::array regions{"North", "South", "East", "West", "Central"};

template <typename Array> const char *pick(const Array &items, std::mt19937 &random)
{
    return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(random)];
}

std::string company(std::mt19937 &random)
{
    const int branch = std::uniform_int_distribution<int>(1, 200)(random);
    return std::string(pick(companyStems, random)) + " " + std::to_string(branch) + " " +
           pick(companyForms, random);
}

std::string amount(std::mt19937 &random)
{
    const long cents = std::uniform_int_distribution<long>(10000, 50000000)(random);
    return std::to_string(cents / 100) + "." + (cents % 100 < 10 ? "0" : "") +
           std::to_string(cents % 100);
}

std::string closeDate(std::mt19937 &random)
{
    const int month = std::uniform_int_distribution<int>(1, 12)(random);
    const int day = std::uniform_int_distribution<int>(1, 28)(random);
    const int year = std::uniform_int_distribution<int>(2023, 2026)(random);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

} // namespace

void writeSyntheticPipeline(const std::filesystem::path &file, int dealCount, std::uint32_t seed)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (!out)
        throw std::runtime_error("cannot write " + file.string());

    std::mt19937 random(seed);
    std::discrete_distribution<std::size_t> stage(stageWeights.begin(), stageWeights.end());
    out << "id,title,company,owner,stage,amount,currency,close date,product,region\n";
    for (int i = 0; i < dealCount; ++i) {
        const std::string product = pick(products, random);
        const std::string buyer = company(random);
        const bool euro = std::uniform_int_distribution<int>(0, 9)(random) == 0;
        out << "SYN-" << i << ",\"" << buyer << " — " << product << "\",\"" << buyer << "\","
            << pick(firstNames, random) << ' ' << pick(lastNames, random) << ','
            << stages[stage(random)] << ',' << amount(random) << ',' << (euro ? "EUR" : "USD")
            << ',' << closeDate(random) << ',' << product << ',' << pick(regions, random) << '\n';
    }
}

} // namespace dealboard::bench
