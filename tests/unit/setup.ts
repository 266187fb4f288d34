/**
 * Every unit test file: the coach's UI text from the sources. In the extension the coach reads it from the default
 * locale, where the build writes it (components/coach/text.ts; tests/unit/coach-text.test.ts checks the two agree);
 * the fake browser of the tests has no i18n.
 */
import { bundledCoachText } from '../../components/coach/text-bundled';
import { setCoachText } from '../../components/coach/text';

setCoachText(bundledCoachText());
