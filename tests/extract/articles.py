"""Invented articles (our own wording, made-up people and places) used as extraction fixtures."""

RIVER_PACT = """Lakeshire and Port Verano sign pact on river freight

By Ellen Marsh

PORT VERANO, June 4 (Coastline Wire) - The mayor of Lakeshire, Tomas Feldberg, and Port Verano Mayor \
Anita Ruokola signed a memorandum on river freight on Tuesday at the Verano City Hall, officials said.

Mr. Feldberg said the agreement would cut shipping times for farmers along the valley. "Our growers have \
waited twenty years for this. Today they finally get a faster route to the sea," he said.

Ms. Ruokola noted that the port handled 2.1 million tonnes of cargo last year. She said the city will open \
a dedicated barge terminal by next spring, adding that customs checks would be moved inland.

According to Dr. Samuel Okafor, director of the Verano River Authority, dredging work is to begin in August. \
He urged both cities to share the cost of new navigation markers.

"We are ready to move quickly," Feldberg told reporters after the ceremony. "The paperwork is done; now \
the boats must follow."

The two mayors also agreed to meet again in the autumn. The delegation from Lakeshire will tour the \
harbour on Wednesday.

Photo/Lena Brandt"""

TRADE_VISIT = """Trade minister receives Nordvik business delegation

Minister of Trade and Industry Rashid Al-Amri on Monday received a business delegation from the Norwegian \
county of Nordvik, led by County Governor Kari Solheim, at the ministry in Muscat.

The minister welcomed the delegation and briefed the guests on the sultanate's logistics corridor projects. \
He said the U.S. and European markets remain important, but that Asian buyers now account for half of the \
country's non-oil exports. He made a three-point proposal:

First, set up a joint business council that meets twice a year.

Second, open direct flights between Muscat and Bergen.

Third, encourage universities to exchange researchers in marine science.

Solheim thanked the minister for the warm reception. She said Nordvik's seafood exporters hope to open an \
office in Muscat before the end of the year, and that the county is prepared to host an Omani trade mission \
in September. "Our fishermen and your traders speak the same language of the sea," she said.

Per Arne Dahl, chief executive of the Nordvik Seafood Council, said his members would study the proposal. \
Dahl said the council should also have a seat on the joint business council.

The two sides agreed to keep in close contact. The delegation is expected to visit Sohar port on Tuesday.

(Xinhua)"""

PHONE_CALL = """Governors of Ardenne and Kestral discuss wildfire season by phone

Governor of Ardenne province Marguerite Lavalle held a phone call with her counterpart from Kestral, \
Governor Oskar Brandvold, last Friday, discussing preparations for the coming wildfire season.

Lavalle said Ardenne will lend two water-bombing aircraft to Kestral during the peak of the season. She \
hoped that the two provinces would hold a joint firefighting drill before July.

For his part, Brandvold thanked the governor and proposed that the two fire services share satellite data \
in real time. He noted that last summer's fires had burned more than 40,000 hectares in Kestral.

The agreement on mutual assistance, signed in 2019, will remain in force until 2029."""

FORUM = """Coastal mayors meet at Selmark forum on rising seas

SELMARK, 14 May 2024 – Mayors from nine coastal towns met in Selmark today for the third Tidewater Forum.

"The sea does not stop at our borders. It is time our plans stopped stopping there too," Selmark Mayor \
Jonas Ekwall said in his opening address.

Ekwall said the town would build a new flood barrier by 2027. Priya Ramaswamy, deputy mayor of Harlow Bay, \
called on the towns to pool their insurance schemes.

A barrier that is built alone will not protect anyone, Ekwall added.

Organisers said the next forum would be held in Harlow Bay."""


DAIRY_TIES = """Dutch province of Veldmark and Brazil's Serra Alta deepen dairy ties

AMSTELVELD, the Netherlands, Sept. 12 -- Provincial executive Maarten van der Berg welcomed a delegation \
from the Brazilian state of Serra Alta, headed by State Secretary of Agriculture Beatriz Nogueira, to the \
provincial house on Thursday.

Van der Berg told the visitors that Veldmark's dairy cooperatives are looking for partners in South \
America. "We have the technology, you have the land and the sunshine. Together we can feed a lot of \
people," he said.

Nogueira said Serra Alta would send twenty young farmers to Veldmark next year for a six-month \
traineeship. She also invited Dutch companies to the state's agricultural fair in March.

"Brazil is not only a market for us," said Henk Dijkstra, chairman of the Veldmark Dairy Board. "It is a \
place where we can learn, too."

The two delegations signed a letter of intent, under which a joint working group will draw up a plan for \
a pilot farm by the end of 2025.

Earlier this year, Prime Minister Elise Vonk visited Brazil with a trade mission."""
