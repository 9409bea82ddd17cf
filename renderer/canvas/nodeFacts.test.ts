import { describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { formatSpeed, nodeFacts } from './nodeFacts';

const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
const facts = (id: string, lang: 'ms' | 'en' = 'ms') => nodeFacts(doc.elements.get(id)!, doc, lang);

describe('nodeFacts', () => {
  it('shows a target group’s lifecycle as its badge', () => {
    expect(facts('tg_g2b')).toMatchObject({ badge: 'G2B', badgeTone: 'g2b', facts: 'Warganegara · 12 bidang industri merujuk kepada Malaysia Standard Industrial Classification (MSIC)' });
  });

  it('shows a process’s order and its generic process with the English verbs', () => {
    expect(facts('pr_3')).toMatchObject({ order: 3, facts: '11 · Kelulusan (Approve/Authorize/Endorse)' });
  });

  it('shows the E2E category of a service and the classification of data', () => {
    expect(facts('sv_main')).toMatchObject({ badge: 'Separa E2E', badgeTone: 'partial' });
    expect(facts('de_identiti')).toMatchObject({ badge: 'Sulit', badgeTone: 'secret', facts: 'Data peribadi · Jabatan Pendaftaran Negara' });
    expect(facts('de_identiti', 'en').badge).toBe('Confidential (Sulit)');
  });

  it('names a service’s domain from the catalogue, not by its id', () => {
    expect(facts('sv_main').facts).toBe('Pekerjaan');
    expect(facts('sv_main', 'en').facts).toBe('Employment');
  });

  it('prints a short kind on the node, leaving room for the badge, and the full kind in its description', () => {
    expect(facts('ch_portal')).toMatchObject({ kindLabel: 'Medium', badge: 'Portal MyGovernment' });
    expect(facts('ch_portal').description).toMatch(/^Medium Perkhidmatan: /);
  });

  it('counts a site’s hardware in its accessible name (the box lists the items) and shows a network’s speed', () => {
    expect(facts('site_hq').facts).toBe('Putrajaya');
    expect(facts('site_hq').description).toContain('Putrajaya · Perkakasan: 50 unit');
    expect(facts('site_hq', 'en').description).toContain('Putrajaya · Hardware: 50 units');
    expect(facts('net_pcn').facts).toBe('1 Gbps');
    expect(facts('net_ipvpn').facts).toBe('100 Mbps');
  });

  it('shows the speed of each network that reaches a site', () => {
    const nets = ['net_ipvpn', 'net_pcn'].map((id) => doc.elements.get(id)!);
    expect(nodeFacts(doc.elements.get('site_hq')!, doc, 'ms', nets).facts).toBe('Putrajaya · IPVPN 100 Mbps · MyGov*Net.PCN 1 Gbps');
    expect(nodeFacts(doc.elements.get('site_pdsa')!, doc, 'ms', [doc.elements.get('net_pdsa')!]).description).toContain('MyGov*Net.PDSA 10 Gbps');
  });

  it('names the application a module belongs to, and marks DPI platforms', () => {
    expect(facts('mod_apply').facts).toBe('dalam Sistem Pengambilan Pekerja');
    expect(facts('pf_mygdx')).toMatchObject({ badge: 'MyGDX', badgeTone: 'dpi' });
    expect(facts('sys_xy')).toMatchObject({ badge: 'Dalaman' });
  });

  it('never calls an internal system external: the kind line says "Sistem", the badge which one', () => {
    expect(facts('sys_xy')).toMatchObject({ kindLabel: 'Sistem', badge: 'Dalaman' });
    expect(facts('sys_xy', 'en')).toMatchObject({ kindLabel: 'System', badge: 'Internal' });
    expect(facts('sys_a')).toMatchObject({ kindLabel: 'Sistem', badge: 'Luaran' });
  });

  it('builds an accessible description with kind, name and facts', () => {
    expect(facts('pr_1').description).toBe('Proses: Pendaftaran, #1, 1 · Pendaftaran (Register)');
  });
});

describe('formatSpeed', () => {
  it('writes whole gigabits as Gbps', () => {
    expect(formatSpeed(10_000)).toBe('10 Gbps');
    expect(formatSpeed(1500)).toBe('1.5 Gbps');
    expect(formatSpeed(250)).toBe('250 Mbps');
  });
});
