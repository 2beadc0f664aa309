#include "Nicknames.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

namespace readiness::crm {

namespace {
// Each line: a formal name, then its common short forms (folded).
constexpr const char *kGroups[] = {
    "robert rob bob bobby robbie bert",
    "william will bill billy willie liam",
    "elizabeth liz lizzie beth betty bess eliza libby",
    "james jim jimmy jamie",
    "michael mike mick mickey",
    "thomas tom tommy",
    "christopher chris kit",
    "christine chris chrissie tina",
    "catherine cathy kate katie cat",
    "katherine kathy kate katie kath",
    "john jon johnny jack",
    "jonathan jon jonny",
    "daniel dan danny",
    "samuel sam sammy",
    "samantha sam sammy",
    "alexander alex alec sandy",
    "alexandra alex sandra sandy lexi",
    "anthony tony ant",
    "steven steve",
    "stephen steve",
    "nicholas nick nicky",
    "matthew matt matty",
    "andrew andy drew",
    "benjamin ben benny",
    "joseph joe joey",
    "jennifer jen jenny",
    "susan sue susie",
    "patrick pat paddy",
    "patricia pat patty trish",
    "richard rick ricky dick rich",
    "edward ed eddie ted ned",
    "henry harry hal",
    "harold harry",
    "margaret maggie meg peggy madge",
    "jessica jess jessie",
    "victoria vicky tori",
    "rebecca becky becca",
    "deborah debbie deb",
    "frederick fred freddie",
    "gregory greg",
    "kenneth ken kenny",
    "lawrence larry laurie",
    "leonard len lenny leo",
    "ronald ron ronnie",
    "timothy tim timmy",
    "philip phil pip",
    "peter pete",
    "sarah sally sadie",
    "zachary zach zack",
    "nathan nate",
    "nathaniel nate nat",
    "abigail abby abbie",
    "amanda mandy",
    "josephine jo josie",
    "joanne jo",
    "reginald reggie reg",
    "archibald archie",
    "alfred alfie alf",
    "charles charlie chuck chas",
    "douglas doug",
    "david dave davey",
    "donald don donnie",
    "gerald gerry",
    "geoffrey geoff jeff",
    "jeffrey jeff",
    "raymond ray",
    "terence terry",
    "anne annie",
    "ann annie",
    "dorothy dot dottie",
    "eleanor ellie nell",
    "helen nell",
    "isabella izzy bella",
    "isabel izzy",
    "louise lou",
    "louis lou",
    "natalie nat",
    "pamela pam",
    "penelope penny",
    "stuart stu",
    "theodore theo ted",
    "vincent vince",
    "frances fran",
    "francis frank",
    "gabriel gabe",
    "oliver ollie",
    "florence flo",
    "albert bert",
    "johannes hans johann",
    "josef sepp",
    "friedrich fritz",
    "wolfgang wolf",
    "sebastian seb",
    "dominic dom",
    "jacqueline jackie",
    "judith judy",
    "kimberley kim",
    "cynthia cindy",
    "valerie val",
    "charlotte lottie lotte charlie",
    "caroline caz carrie caro",
    "carolyn carrie",
    "ellen ellie nell",
    "eleanor ellie nora",
    "emily em emmy",
    "emma em",
    "hannah hanna",
    "lucy lu",
    "lucinda lucy cindy",
    "madeleine maddie maddy",
    "matilda tilly tilda",
    "mary molly polly",
    "megan meg",
    "olivia liv livvy",
    "sophie soph",
    "sophia sophie",
    "teresa terri tess",
    "theresa terri tess",
    "wendy",
    "gillian gill jill",
    "harriet hattie",
    "henrietta hetty",
    "nicola nicky",
    "rosemary rosie",
    "rose rosie",
    "suzanne sue suzy",
    "angela angie",
    "barbara barb babs",
    "cameron cam",
    "callum cal",
    "connor con",
    "cornelius neil",
    "desmond des",
    "dennis den",
    "eugene gene",
    "ernest ernie",
    "harrison harry",
    "jacob jake",
    "jake",
    "jeremy jerry",
    "joshua josh",
    "kieran kier",
    "maximilian max",
    "max",
    "mohammed mo",
    "muhammad mo",
    "montgomery monty",
    "nigel",
    "owen",
    "rhys",
    "russell russ",
    "spencer",
    "stanley stan",
    "toby",
    "tobias toby",
    "walter walt wally",
    "william bill will",
    "wilfred wilf",
    "zoe",
    "siobhan",
    "sean shaun shawn",
    "aoife",
    "katharina kathi katja",
    "margarete grete gretel",
    "elisabeth lisa liesel sissi",
    "christian chris",
    "christoph chris",
    "andreas andi",
    "thomas tom thomy",
    "guillaume will",
    "jean jeannot",
    "alexandre alex",
};

const std::unordered_map<std::string, std::vector<int>> &table()
{
    static const auto map = [] {
        std::unordered_map<std::string, std::vector<int>> m;
        int group = 0;
        for (const char *line : kGroups) {
            std::string word;
            for (const char *p = line;; ++p) {
                if (*p == ' ' || *p == 0) {
                    m[word].push_back(group);
                    word.clear();
                    if (*p == 0)
                        break;
                } else {
                    word.push_back(*p);
                }
            }
            ++group;
        }
        return m;
    }();
    return map;
}
} // namespace

bool sameGivenName(std::string_view a, std::string_view b)
{
    const auto &t = table();
    const auto ia = t.find(std::string(a));
    if (ia == t.end())
        return false;
    const auto ib = t.find(std::string(b));
    if (ib == t.end())
        return false;
    return std::any_of(ia->second.begin(), ia->second.end(),
                       [&](int g) { return std::find(ib->second.begin(), ib->second.end(), g) != ib->second.end(); });
}

} // namespace readiness::crm
