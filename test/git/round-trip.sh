#!/usr/bin/env bash
# Two people, one git repository, Lakar's drivers (lakar git-setup): a project is committed, edited on
# two branches (one field both ways, other changes apart), and merged. Prints what a user would see;
# cli/git-drivers.test.ts asserts on it. Usage: round-trip.sh <work dir> <path of bin/lakar.mjs>
set -euo pipefail
work="$1"
lakar=(node "$2")
export GIT_CONFIG_NOSYSTEM=1 HOME="$work/home" LAKAR_LANG=ms
mkdir -p "$HOME"
cd "$work"

# edit projek.lakar the way a script would: through .lakar.json and back (node edits the JSON)
edit() {
  "${lakar[@]}" export projek.lakar --format json -o "$work/edit.lakar.json" >/dev/null
  node -e "const fs=require('fs');const f=process.argv[1];const d=JSON.parse(fs.readFileSync(f,'utf8'));(${1})(d);fs.writeFileSync(f,JSON.stringify(d))" "$work/edit.lakar.json"
  "${lakar[@]}" import "$work/edit.lakar.json" -o projek.lakar --force >/dev/null
}

git init -q -b main repo
cd repo
git config user.email ujian@contoh.gov.my
git config user.name Ujian
"${lakar[@]}" git-setup
"${lakar[@]}" new projek.lakar --example >/dev/null
git add .gitattributes projek.lakar
git commit -qm "LMV asal"

git checkout -qb rakan
edit 'd => { d.relations.fl_b.method = "sftp"; d.elements.sys_d.name = "Sistem D (JPN)"; }'
git commit -qam "Rakan: SFTP dan nama Sistem D"

git checkout -q main
edit 'd => { d.relations.fl_b.method = "api"; d.elements.app_spp.systemCode = "SPP2"; }'
git commit -qam "Saya: API dan kod sistem"

echo "== git diff"
git --no-pager diff HEAD~1 HEAD -- projek.lakar

echo "== git merge"
set +e
git merge rakan -m "Gabung rakan" 2>&1
echo "merge-exit=$?"
set -e
echo "== status"
git status --porcelain
echo "== merged"
git show HEAD:projek.lakar > "$work/mine.lakar"
"${lakar[@]}" diff "$work/mine.lakar" projek.lakar || true

echo "== resolve"
git show :1:projek.lakar > "$work/base.lakar"
git show :3:projek.lakar > "$work/theirs.lakar"
"${lakar[@]}" merge "$work/base.lakar" "$work/mine.lakar" "$work/theirs.lakar" -o projek.lakar --prefer theirs --force
git add projek.lakar
git commit -qm "Gabung rakan: SFTP"
"${lakar[@]}" diff "$work/mine.lakar" projek.lakar || true
echo "== log"
git --no-pager log --oneline
