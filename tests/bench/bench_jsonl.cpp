// Memory and speed of an audit of one large JSON Lines dump: generates a news dump of the size
// asked (2 GB by default) into a temporary folder, runs `figcheck audit --db FILE` on it as a
// child process, then again on the unchanged dump (read back from the database), and prints for
// each the time, the throughput, the peak resident memory (ru_maxrss of the child) and how many
// cores were busy on average (CPU time over wall time).
//
//   figcheck_bench_jsonl [--gigabytes G] [--keep]
//
// The dump is what a newsroom export looks like: one article a line, French and English, most of
// them about something else (markets, sport, culture: numbers that are no claims: scores,
// prices, shares, years), one in six reporting a toll, arrests, evacuations or turnout of one of
// 1,728 events (12 countries, 2013-2024), from several sources, one in twenty-five of them with
// another figure, so that the audit has claims to compare and findings to report. Articles run from 1 to 6 KB. The generator is seeded: the same size gives the same file.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace {

using Rng = std::mt19937_64;

std::size_t pick(Rng& rng, std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); }

template <std::size_t N>
std::string_view pick(Rng& rng, const std::array<std::string_view, N>& items) {
  return items[pick(rng, N)];
}

// "7.989" (French) or "7,989" (English).
std::string grouped(long value, bool french) {
  std::string digits = std::to_string(value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += french ? '.' : ',';
    out += digits[i];
  }
  return out;
}

// An event several articles report on: where, when, and the true figure the sources disagree on.
struct Event {
  std::string_view country_fr, country_en, city;
  int year = 2022, month = 1, day = 1;
  int kind = 0;  // 0 deaths, 1 arrests, 2 evacuated, 3 turnout
  long figure = 0;
};

constexpr std::array<std::string_view, 12> k_months_fr{"janvier", "février", "mars", "avril", "mai", "juin",
                                                       "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
constexpr std::array<std::string_view, 12> k_months_en{"January", "February", "March", "April", "May", "June",
                                                       "July", "August", "September", "October", "November", "December"};

struct Country {
  std::string_view fr, en, city;
};
constexpr std::array<Country, 12> k_countries{{{"Kazakhstan", "Kazakhstan", "Almaty"},
                                               {"Niger", "Niger", "Niamey"},
                                               {"Chili", "Chile", "Valparaíso"},
                                               {"Kenya", "Kenya", "Nairobi"},
                                               {"Pérou", "Peru", "Lima"},
                                               {"Soudan", "Sudan", "Khartoum"},
                                               {"Bangladesh", "Bangladesh", "Dhaka"},
                                               {"Équateur", "Ecuador", "Guayaquil"},
                                               {"Sri Lanka", "Sri Lanka", "Colombo"},
                                               {"Iran", "Iran", "Téhéran"},
                                               {"Mali", "Mali", "Bamako"},
                                               {"Népal", "Nepal", "Katmandou"}}};

constexpr std::array<std::string_view, 6> k_sources_fr{"le ministère de l'Intérieur", "la police", "les secours",
                                                       "un hôpital de la ville", "la présidence", "une ONG locale"};
constexpr std::array<std::string_view, 6> k_sources_en{"the interior ministry", "police", "rescue services",
                                                       "a city hospital", "the presidency", "a local charity"};

// Sentences with numbers that are no claims: the bulk of a news dump.
constexpr std::array<std::string_view, 14> k_filler_fr{
    "L'indice de la Bourse de Paris a terminé la séance en hausse de 1,2 %, à 7.312 points.",
    "Le club l'a emporté 3 à 1 devant 42.000 spectateurs, sa cinquième victoire de la saison.",
    "Le prix du gazole a atteint 1,87 euro le litre en moyenne la semaine dernière.",
    "Le festival, créé en 1987, accueille cette année 240 artistes venus de 31 pays.",
    "La société a annoncé un chiffre d'affaires de 3,4 milliards d'euros pour le troisième trimestre.",
    "Le taux de chômage s'est établi à 7,3 % au deuxième trimestre, selon les statistiques nationales.",
    "Le musée rouvrira ses portes le 14 mars après deux ans de travaux.",
    "Le projet de loi a été adopté par 312 voix contre 241 à l'Assemblée.",
    "La température a dépassé 38 degrés dans plusieurs villes du sud du pays.",
    "Le romancier, âgé de 74 ans, publie son vingtième livre à la rentrée.",
    "La ligne de tramway, longue de 14 kilomètres, desservira 22 stations.",
    "Les ventes de voitures électriques ont progressé de 18 % sur un an.",
    "Le sélectionneur a retenu 26 joueurs pour les deux matches amicaux de juin.",
    "La banque centrale a relevé son taux directeur d'un demi-point, à 4 %."};
constexpr std::array<std::string_view, 14> k_filler_en{
    "The benchmark index closed 0.8% higher at 4,512 points, its third gain in a row.",
    "The visitors won 2-1 in front of 38,000 fans to move into fourth place.",
    "Average rents rose 6.4% in the year to March, the statistics office said.",
    "The orchestra, founded in 1948, will play 12 concerts in 9 cities this autumn.",
    "The company reported revenue of $2.1 billion for the quarter, ahead of forecasts.",
    "Inflation slowed to 3.2% in October from 3.7% a month earlier.",
    "The bridge, which opened in 1932, carries about 160,000 vehicles a day.",
    "The bill passed by 221 votes to 204 after a late-night session.",
    "Temperatures are expected to reach 35C in the capital by the weekend.",
    "The 68-year-old author's new novel runs to 540 pages.",
    "The new line will cut journey times by 25 minutes and serve 11 stations.",
    "Sales of heat pumps doubled last year, the industry association said.",
    "The coach named a 23-man squad for the two qualifiers in September.",
    "The central bank left its main rate unchanged at 5.25% for a fourth meeting."};

// A sentence stating the event's figure as one source gives it.
std::string figure_sentence(Rng& rng, const Event& e, bool french, long value) {
  const std::string n = grouped(value, french);
  const std::size_t s = pick(rng, k_sources_fr.size());
  if (french) {
    const std::string_view source = k_sources_fr[s];
    switch (e.kind) {
      case 0: return "Au moins " + n + " personnes ont été tuées, selon " + std::string(source) + ".";
      case 1: return "Selon " + std::string(source) + ", " + n + " personnes ont été arrêtées depuis le début des troubles.";
      case 2: return n + " habitants ont été évacués, a indiqué " + std::string(source) + ".";
      default: return "La manifestation a rassemblé " + n + " personnes, selon " + std::string(source) + ".";
    }
  }
  const std::string_view source = k_sources_en[s];
  switch (e.kind) {
    case 0: return "At least " + n + " people were killed, " + std::string(source) + " said.";
    case 1: return std::string(1, static_cast<char>(std::toupper(source[0]))) + std::string(source.substr(1)) +
                   " said " + n + " people had been arrested since the unrest began.";
    case 2: return n + " residents were evacuated, according to " + std::string(source) + ".";
    default: return "The protest drew " + n + " people, according to " + std::string(source) + ".";
  }
}

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

struct Generated {
  std::size_t records = 0;
  std::size_t bytes = 0;
};

Generated generate(const fs::path& path, std::size_t target_bytes) {
  Rng rng(20221);
  std::ofstream out(path, std::ios::binary);
  // Each country's events of one kind four months apart or more, from 2013 to 2024: separate
  // events, as a dump of a decade has them (figcheck compares figures less than 30 days apart).
  std::vector<Event> events;
  for (const Country& c : k_countries) {
    for (int kind = 0; kind < 4; ++kind) {
      for (int year = 2013; year <= 2024; ++year) {
        for (int third = 0; third < 3; ++third) {
          events.push_back(Event{c.fr, c.en, c.city, year, 1 + 4 * third + static_cast<int>(pick(rng, 2)),
                                 1 + static_cast<int>(pick(rng, 25)), kind, 20 + static_cast<long>(pick(rng, 9000))});
        }
      }
    }
  }
  Generated g;
  std::string line;
  while (g.bytes < target_bytes) {
    const bool french = pick(rng, 2) == 0;
    const bool incident = pick(rng, 6) == 0;
    std::string title;
    std::string text;
    int year = 2013 + static_cast<int>(pick(rng, 12));
    int month = 1 + static_cast<int>(pick(rng, 12));
    int day = 1 + static_cast<int>(pick(rng, 28));
    if (incident) {
      const Event& e = events[pick(rng, events.size())];
      year = e.year;
      month = e.month;
      day = e.day + static_cast<int>(pick(rng, 3));
      // Most sources agree; one in twenty-five gives another figure (the audit's findings).
      const long value = pick(rng, 25) == 0 ? e.figure + 1 + static_cast<long>(pick(rng, e.figure / 2 + 1)) : e.figure;
      constexpr std::array<std::string_view, 4> k_what_fr{"violences", "arrestations", "évacuations", "manifestation"};
      constexpr std::array<std::string_view, 4> k_what_en{"violence", "arrests", "evacuations", "protest"};
      title = french ? std::string(e.country_fr) + " : " + std::string(k_what_fr[static_cast<std::size_t>(e.kind)]) + " à " +
                           std::string(e.city)
                     : std::string(e.country_en) + ": " + std::string(k_what_en[static_cast<std::size_t>(e.kind)]) + " in " +
                           std::string(e.city);
      std::string upper(e.city);
      for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      text = upper + ": " + figure_sentence(rng, e, french, value);
    } else {
      title = french ? "Actualité du " + std::to_string(day) + " " + std::string(k_months_fr[static_cast<std::size_t>(month - 1)])
                     : "News of " + std::to_string(day) + " " + std::string(k_months_en[static_cast<std::size_t>(month - 1)]);
    }
    const std::size_t paragraphs = 3 + pick(rng, 10);
    for (std::size_t p = 0; p < paragraphs; ++p) {
      text += text.empty() ? "" : "\n\n";
      const std::size_t sentences = 3 + pick(rng, 4);
      for (std::size_t s = 0; s < sentences; ++s) {
        text += (s == 0 ? "" : " ");
        text += french ? pick(rng, k_filler_fr) : pick(rng, k_filler_en);
      }
    }
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
    line = "{\"id\": \"r" + std::to_string(g.records + 1) + "\", \"title\": " + json_string(title) +
           ", \"published\": \"" + date + "\", \"outlet\": \"Wire " + std::to_string(1 + pick(rng, 40)) +
           "\", \"language\": \"" + (french ? "fr" : "en") + "\", \"text\": " + json_string(text) + "}\n";
    out << line;
    g.bytes += line.size();
    ++g.records;
  }
  return g;
}

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace

int main(int argc, char** argv) {
  double gigabytes = 2;
  bool keep = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--gigabytes" && i + 1 < argc) {
      gigabytes = std::atof(argv[++i]);
    } else if (arg == "--keep") {
      keep = true;
    } else {
      std::fprintf(stderr, "usage: figcheck_bench_jsonl [--gigabytes G] [--keep]\n");
      return 2;
    }
  }
  const fs::path dir = fs::temp_directory_path() / "figcheck_bench_jsonl";
  fs::create_directories(dir);
  const fs::path dump = dir / "dump.jsonl";
  const auto target = static_cast<std::size_t>(gigabytes * 1e9);
  auto start = std::chrono::steady_clock::now();
  const Generated g = generate(dump, target);
  const double generated_in = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("generated %s: %.2f GB, %zu records, in %.1f s\n", dump.c_str(), static_cast<double>(g.bytes) / 1e9,
              g.records, generated_in);
  std::fflush(stdout);

  const fs::path db = dir / "audit.db";
  const fs::path report = dir / "report.txt";
  fs::remove(db);
  fs::remove(fs::path(db.string() + "-wal"));
  fs::remove(fs::path(db.string() + "-shm"));
  // The audit into a new database, then again on the same unchanged dump: every record is
  // looked up and read back from the database instead of analysed and extracted.
  bool ok = true;
  for (const char* run : {"first audit", "again, unchanged"}) {
    start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child == 0) {
      execl(FIGCHECK_BINARY, "figcheck", "audit", "--db", db.c_str(), "--fail-on", "never", "--output", report.c_str(),
            dump.c_str(), static_cast<char*>(nullptr));
      std::perror("exec figcheck");
      _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    // (The report's own lines: its summary, and what changed since the run before.)
    std::string said;
    std::istringstream lines(read_all(report));
    for (std::string line; std::getline(lines, line);) {
      if (line.starts_with("figcheck: ")) said += "\n  " + line;
    }
    std::printf("%s: figcheck audit exited %d:%s\n", run, WIFEXITED(status) ? WEXITSTATUS(status) : -1,
                said.empty() ? " (no report)" : said.c_str());
    std::printf("  time %.1f s (%.1f MB/s, %.0f articles/s); CPU %.1f s, %.2f cores busy on average\n", wall,
                static_cast<double>(g.bytes) / 1e6 / wall, static_cast<double>(g.records) / wall, cpu, cpu / wall);
    std::printf("  peak memory %.0f MiB (%.1f%% of the dump's size); database %.0f MiB\n",
                static_cast<double>(usage.ru_maxrss) / 1024.0,
                100.0 * static_cast<double>(usage.ru_maxrss) * 1024.0 / static_cast<double>(g.bytes),
                static_cast<double>(fs::file_size(db)) / (1024.0 * 1024.0));
    std::fflush(stdout);
    ok = ok && WIFEXITED(status) && WEXITSTATUS(status) != 2;
  }
  if (!keep) fs::remove_all(dir);
  return ok ? 0 : 1;
}
