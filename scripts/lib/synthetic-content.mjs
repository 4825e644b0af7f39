#!/usr/bin/env node
// A synthetic statement for the benchmark: the real texts (en/es/pt .md and statement.yaml
// copied from content/) with many generated signatories. Deterministic: the same seed and
// count always give the same file, so runs on different days measure the same list.
//
//   node scripts/lib/synthetic-content.mjs <out-dir> [count=10000] [seed=20190603]
//
// Names are unique even when case and accents are ignored (the content compiler rejects
// "Acción X" next to "Accion X"), and many carry Spanish or Portuguese accents ("Ação",
// "Memória", "Educación") so a diacritics-insensitive filter has something to do.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldForSearch } from '../../src/fold-for-search.js';
import { firstStatementFolder } from '../content/statement-folders.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** mulberry32: a small seeded PRNG, good enough to pick words, identical on every machine. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const kinds = [
  'Asociación', 'Associação', 'Centro', 'Fundación', 'Fundação', 'Instituto', 'Colectivo', 'Coletivo',
  'Red', 'Rede', 'Movimiento', 'Movimento', 'Observatorio', 'Observatório', 'Comité', 'Comissão',
  'Coordinadora', 'Articulação', 'Unión', 'Núcleo',
];
const topics = [
  'Derechos Humanos', 'Direitos Humanos', 'Acción Ciudadana', 'Ação Cidadã', 'Memória e Verdade',
  'Memoria y Justicia', 'Justiça Social', 'Educación Popular', 'Educação Popular', 'Participación',
  'Participação Social', 'Información Pública', 'Informação', 'Solidaridad', 'Solidariedade',
  'Defensa Jurídica', 'Defesa dos Povos', 'Pueblos Indígenas', 'Povos Indígenas', 'Migración',
  'Migração', 'Género y Diversidad', 'Gênero', 'Libertad de Expresión', 'Liberdade de Imprensa',
  'Paz y Reconciliación', 'Acción Solidaria', 'Democracia', 'Transparência', 'Niñez y Juventud',
];
const qualifiers = ['', '', '', 'Popular', 'Independiente', 'Autônomo', 'Comunitária', 'Regional', 'Nacional', 'Joven'];
const places = [
  'Mérida', 'Bogotá', 'São Paulo', 'Pará', 'Ceará', 'Maranhão', 'Cusco', 'Córdoba', 'Asunción', 'Panamá',
  'Querétaro', 'Michoacán', 'Potosí', 'Concepción', 'Tucumán', 'Paraná', 'Goiânia', 'Belém', 'Florianópolis', 'Amapá',
  'Táchira', 'Zulia', 'Lara', 'Apure', 'Caracas', 'Quito', 'Medellín', 'Cali', 'Montevidéu', 'Valparaíso',
  'Antioquia', 'Chiapas', 'Oaxaca', 'Piauí', 'Rondônia', 'Tocantins', 'Sucre', 'Mendoza', 'Salta', 'Cuiabá',
];
/** ISO 3166-1 alpha-2 codes the signatories come from (all known to Intl.DisplayNames). */
const countries = ['AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'EC', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'PY', 'PE', 'DO', 'UY', 'VE', 'US', 'CA', 'ES', 'PT'];


/**
 * @param {number} count
 * @param {number} seed
 * @returns {{ name: string, country: string, url?: string }[]}
 */
function syntheticSignatories(count, seed = 20190603) {
  const capacity = kinds.length * topics.length * qualifiers.length * places.length;
  if (count > capacity / 4) throw new Error(`at most ${Math.floor(capacity / 4)} distinct synthetic names`);
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const seen = new Set();
  const signatories = [];
  while (signatories.length < count) {
    const name = [pick(kinds), pick(topics), pick(qualifiers), pick(places)].filter(Boolean).join(' ');
    // Distinct as the content build's duplicate check sees names.
    const key = foldForSearch(name).trim();
    if (seen.has(key)) continue;
    seen.add(key);
    const signatory = { name, country: pick(countries) };
    // About a third link to a website, as real lists do; links add an <a> per item.
    if (random() < 0.3) signatory.url = `https://org${signatories.length + 1}.example.org/`;
    signatories.push(signatory);
  }
  return signatories;
}

/** Writes a complete content folder: the real texts plus `count` generated signatories. */
export function writeSyntheticContent(outDir, { count = 10000, seed = 20190603, from = firstStatementFolder(root) } = {}) {
  mkdirSync(outDir, { recursive: true });
  for (const file of readdirSync(from).filter((name) => name.endsWith('.md') || name === 'statement.yaml')) {
    copyFileSync(join(from, file), join(outDir, file));
  }
  const lines = [`# Synthetic: ${count} generated signatories (seed ${seed}) for npm run bench.`];
  for (const signatory of syntheticSignatories(count, seed)) {
    // JSON strings are valid YAML double-quoted scalars.
    lines.push(`- name: ${JSON.stringify(signatory.name)}`, `  country: ${signatory.country}`);
    if (signatory.url) lines.push(`  url: ${signatory.url}`);
  }
  writeFileSync(join(outDir, 'signatories.yaml'), `${lines.join('\n')}\n`);
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [outDir, count = '10000', seed = '20190603'] = process.argv.slice(2);
  if (!outDir) {
    console.error('usage: node scripts/lib/synthetic-content.mjs <out-dir> [count=10000] [seed=20190603]');
    process.exit(2);
  }
  writeSyntheticContent(resolve(outDir), { count: Number(count), seed: Number(seed) });
  console.log(`wrote ${count} synthetic signatories to ${outDir}`);
}
