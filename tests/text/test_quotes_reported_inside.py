"""Words a quote reports someone else shouting or telling, as quotes of their own.

The retired holdout7 marked inner quotes in single marks as quotes whenever
the outer speaker reports somebody saying them, even with words between the
verb and the marks ("told the lads at half-time, '...'") or no comma
("Someone shouted '...'"). Fictional passages, in those shapes only.
"""

from __future__ import annotations

import pytest

from tests.text.test_quotes_attribution_shapes import _check

REPORTED = [
    pytest.param(
        "\"I said to the players at the break, 'Keep the ball and they will "
        'tire,\'" Harrow coach Dee Mallin said. "They did."',
        {
            "I said to the players at the break": "Dee Mallin",
            "Keep the ball and they will tire": "Dee Mallin",
            "They did.": "Dee Mallin",
        },
        id="en-said-to-whom-then-inner-quote",
    ),
    pytest.param(
        "\"A guard yelled 'Everyone off the deck now' and we ran,\" said Tomas "
        "Brill, a passenger.",
        {
            "A guard yelled": "Tomas Brill",
            "Everyone off the deck now": "",
        },
        id="en-yelled-inner-quote-without-comma",
    ),
    pytest.param(
        "\"Di tanjakan terakhir, pelatih berteriak dari mobil, 'Jangan "
        "menyerah sekarang!' Saya pun mempercepat,\" kata Rendi seusai lomba.",
        {
            "Di tanjakan terakhir": "Rendi",
            "Jangan menyerah sekarang!": "",
        },
        id="id-berteriak-dari-mobil-inner-quote",
    ),
]


@pytest.mark.parametrize("text, expected", REPORTED)
def test_words_the_quote_reports_are_a_quote(text, expected):
    _check(text, expected)
